#include "cataloguewatcher.h"

#include "storage/cataloguechanges.h"

namespace csp {

CatalogueWatcher::CatalogueWatcher(std::shared_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_changes(std::make_unique<CatalogueChanges>(std::move(database)))
{
    connect(m_changes.get(), &CatalogueChanges::changed, this, &CatalogueWatcher::noted);
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

CatalogueWatcher::~CatalogueWatcher() = default;

void CatalogueWatcher::poll()
{
    if (!m_changes->isConnected()) {
        if (!m_changes->connectToCatalogue())
            return; // the server is away; asked again at the next poll
        if (std::exchange(m_connectedBefore, true))
            noted({}); // back after a loss: what was missed meanwhile is unknown
    }
    m_changes->check();
}

void CatalogueWatcher::noted(const QString &table)
{
    if (!table.isEmpty())
        m_tables.insert(table);
    m_settle.start();
}

} // namespace csp
