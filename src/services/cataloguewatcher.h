#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace csp {
class CatalogueChanges;
class Database;
} // namespace csp

namespace csp {

// Tells an open window that another program (the command line, a timer, another admin's
// window) wrote to the catalogue, within moments: on PostgreSQL it listens for the changes
// the tables announce (LISTEN/NOTIFY on a connection of its own); on SQLite it asks the file's
// data_version, which moves whenever another connection commits. Bursts of writes (a sync)
// come as one `changed`.
class CatalogueWatcher : public QObject
{
    Q_OBJECT

public:
    explicit CatalogueWatcher(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~CatalogueWatcher() override;

    // How often SQLite is asked, and how often the PostgreSQL connection is checked (a
    // notification cannot come through a connection the server lost).
    static constexpr int pollIntervalMs = 1000;
    // Quiet time after a change before `changed` is emitted, so that a burst is one refresh.
    static constexpr int settleMs = 250;

signals:
    // `tables` names what changed on PostgreSQL; it is empty on SQLite, where anything may have.
    void changed(const QSet<QString> &tables);

private:
    void poll();
    void noted(const QString &table);

    std::unique_ptr<CatalogueChanges> m_changes; // the engine's way of hearing them
    bool m_connectedBefore = false;
    QSet<QString> m_tables;
    QTimer m_poll;
    QTimer m_settle;
};

} // namespace csp
