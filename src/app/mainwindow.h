#pragma once

#include "storage/database.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QLabel;

namespace csp {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::shared_ptr<Database> database, QWidget *parent = nullptr);

private:
    void reload();
    void showSelected();

    std::shared_ptr<Database> m_database;
    QListWidget *m_instances = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace csp
