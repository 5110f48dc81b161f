#pragma once

#include "services/usageservice.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace csp {

// Sell against cost for the largest service providers or applications of a usage read: bars
// across, largest at the top, each name on the bar's left in full (shortened in the middle only
// beyond 40 % of the chart's width), a money axis in the user's locale, the full name and exact
// figures in a tooltip, and a sentence instead of a chart when nothing is priced.
class UsageChart : public QWidget
{
    Q_OBJECT

public:
    enum class By { Provider, Application };
    static constexpr int Bars = 10; // the largest by sell; the rest are in the tables

    explicit UsageChart(QWidget *parent = nullptr);

    void show(const UsageOutcome &outcome, By by);
    void clear(const QString &why);
    QChart *chart() const;
    bool isEmpty() const;
    // The full name of bar `index` (0 the largest) and its exact figures, as its tooltip says.
    QString toolTip(int index) const;
    // A name fitted beside a bar: the start and the end kept ("Partner…0002"), for `width`
    // pixels (at least 120).
    QString fittedLabel(const QString &name, int width) const;
    // The names as drawn, from the bottom bar up.
    QStringList labels() const;
    // The room a name has: 40 % of the chart's width, at least 120 pixels.
    int labelRoom() const;

protected:
    void resizeEvent(QResizeEvent *event) override; // the names are fitted to the room again

private:
    struct Bar
    {
        QString name;
        Decimal sell;
        Decimal cost;
    };
    void draw();
    void showToolTip(bool hovered, int index);
    int barAt(int index) const; // a set's index (from the bottom) → m_bars' (from the largest)

    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QList<Bar> m_bars;
    QString m_currency;
    int m_moreThanShown = 0;
};

} // namespace csp
