#include "cataloguechanges.h"

#include "storage/database.h"
#include "storage/dialect.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace csp {

CatalogueChanges::CatalogueChanges(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{ }

CatalogueChanges::~CatalogueChanges()
{
    disconnectFromCatalogue();
}

bool CatalogueChanges::connectToCatalogue()
{
    auto opened = m_database->openDedicatedConnection();
    if (!opened)
        return false;
    m_connection = *opened;
    if (m_database->dialect().isPostgresql() && !listen()) {
        disconnectFromCatalogue();
        return false;
    }
    return true;
}

void CatalogueChanges::check()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (m_database->dialect().isPostgresql()) {
        if (!query.exec(QStringLiteral("SELECT 1")))
            disconnectFromCatalogue(); // lost: reconnected by the next connectToCatalogue
        return;
    }
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        emit changed({});
    m_dataVersion = version;
}

bool CatalogueChanges::listen()
{
    QSqlDriver *driver = QSqlDatabase::database(m_connection, false).driver();
    if (!driver->subscribeToNotification(catalogueChannel()))
        return false;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                emit changed(payload.toString());
            });
    return true;
}

void CatalogueChanges::disconnectFromCatalogue()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid()) {
            db.driver()->disconnect(this);
            db.close();
        }
    }
    m_database->closeDedicatedConnection(std::exchange(m_connection, {}));
}

} // namespace csp
