#include "cataloguewatcher.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace csp {

CatalogueWatcher::CatalogueWatcher(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this,
            [this] { emit changed(std::exchange(m_tables, {})); });
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &CatalogueWatcher::poll);
    m_poll.start();
    // Connected once the window is up: opening a connection takes a few round trips.
    QTimer::singleShot(0, this, &CatalogueWatcher::poll);
}

CatalogueWatcher::~CatalogueWatcher()
{
    stopListening();
}

void CatalogueWatcher::poll()
{
    if (m_connection.isEmpty()) {
        auto opened = m_database->openDedicatedConnection();
        if (!opened)
            return; // the server is away; asked again at the next poll
        m_connection = *opened;
        if (m_database->dialect().isPostgresql() && !listen())
            return stopListening();
        if (std::exchange(m_connectedBefore, true))
            noted({}); // back after a loss: what was missed meanwhile is unknown
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (m_database->dialect().isPostgresql()) {
        if (!query.exec(QStringLiteral("SELECT 1")))
            stopListening(); // lost: reconnected at the next poll
        return;
    }
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        noted({});
    m_dataVersion = version;
}

bool CatalogueWatcher::listen()
{
    QSqlDriver *driver = QSqlDatabase::database(m_connection, false).driver();
    if (!driver->subscribeToNotification(catalogueChannel()))
        return false;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                noted(payload.toString());
            });
    return true;
}

void CatalogueWatcher::stopListening()
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

void CatalogueWatcher::noted(const QString &table)
{
    if (!table.isEmpty())
        m_tables.insert(table);
    m_settle.start();
}

} // namespace csp
