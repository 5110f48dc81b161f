#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace csp {

class Database;

// The Audit Trail page: every change, newest first, with who made it and the value before and
// after; filtered by instance, kind of change, day and text. Read only: nothing in the program
// changes the trail.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(std::shared_ptr<Database> database, QWidget *parent = nullptr);

    // Reads the trail again with the filters as they are (also when another program changed
    // something).
    void reload();
    void reloadInstances();
    int shownEntries() const;

private:
    void buildLayout();
    void applySearch();

    std::shared_ptr<Database> m_database;
    QComboBox *m_instance = nullptr;
    QComboBox *m_action = nullptr;
    QCheckBox *m_sinceEnabled = nullptr;
    QDateEdit *m_since = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_statusLine = nullptr;
};

} // namespace csp
