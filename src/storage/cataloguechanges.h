#pragma once

#include <QObject>

#include <memory>

namespace csp {

class Database;

// Hears, on a connection of its own, that another program wrote to the catalogue: on PostgreSQL
// the changes the tables announce (LISTEN/NOTIFY); on SQLite the file's data_version, which
// moves whenever another connection commits.
class CatalogueChanges : public QObject
{
    Q_OBJECT

public:
    explicit CatalogueChanges(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~CatalogueChanges() override;

    bool isConnected() const { return !m_connection.isEmpty(); }
    // Opens the connection (and listens on PostgreSQL); false when the server is away.
    bool connectToCatalogue();
    // Asks whether anything changed (SQLite), or whether the connection still stands
    // (PostgreSQL, whose changes come by themselves); a lost connection is closed.
    void check();
    void disconnectFromCatalogue();

signals:
    // `table` names what changed on PostgreSQL; it is empty on SQLite, where anything may have.
    void changed(const QString &table);

private:
    bool listen();

    std::shared_ptr<Database> m_database;
    QString m_connection; // PostgreSQL: the listening connection; SQLite: the polling one
    qint64 m_dataVersion = -1;
};

} // namespace csp
