#include "usagechart.h"

#include "core/money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMap>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace csp {

namespace {

double toDouble(Decimal value) // for drawing only
{
    return double(value.units()) / double(Decimal::UnitsPerOne);
}

} // namespace

UsageChart::UsageChart(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(new QChart, m_stack))
    , m_empty(new QLabel(m_stack))
{
    m_view->setObjectName(QStringLiteral("usageChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    // In a dark desktop theme the chart is dark too, not a white block.
    if (palette().color(QPalette::Window).lightness() < 128)
        m_view->chart()->setTheme(QChart::ChartThemeDark);
    m_view->chart()->setLocalizeNumbers(true);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_empty->setObjectName(QStringLiteral("usageChartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear(tr("The chart shows sell against cost once usage is read."));
}

QChart *UsageChart::chart() const
{
    return m_view->chart();
}

bool UsageChart::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

void UsageChart::clear(const QString &why)
{
    m_bars.clear();
    m_empty->setText(why);
    m_stack->setCurrentWidget(m_empty);
    draw();
}

void UsageChart::show(const UsageOutcome &outcome, By by)
{
    QMap<QString, std::pair<Decimal, Decimal>> sums;
    for (const ProviderUsage &usage : outcome.providers) {
        for (const UsageLine &line : usage.lines) {
            // One currency per chart: the primary one; the tables show the others.
            if (line.status != UsageLineStatus::Priced || line.currency != outcome.currency)
                continue;
            const QString key = by == By::Provider   ? usage.provider.name
                    : line.applicationName.isEmpty() ? tr("Other")
                                                     : line.applicationName;
            auto &[sell, cost] = sums[key];
            // Within the totals, which the service checked for overflow.
            sell = sell.plus(*line.sellAmount).value_or(sell);
            cost = cost.plus(*line.costAmount).value_or(cost);
        }
    }
    m_bars.clear();
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        m_bars.append({it.key(), it.value().first, it.value().second});
    std::stable_sort(m_bars.begin(), m_bars.end(),
                     [](const Bar &a, const Bar &b) { return a.sell > b.sell; });
    m_moreThanShown = std::max(0, int(m_bars.size()) - Bars);
    m_bars = m_bars.mid(0, Bars);
    m_currency = outcome.currency;
    if (m_bars.isEmpty()) {
        clear(outcome.providers.isEmpty()
                      ? tr("No service provider has usage to show.")
                      : tr("Nothing is priced in %1: there is no sell or cost to draw.")
                                .arg(outcome.currency));
        return;
    }
    m_stack->setCurrentWidget(m_view);
    draw();
}

QString UsageChart::fittedLabel(const QString &name, int width) const
{
    return m_view->fontMetrics().elidedText(name, Qt::ElideMiddle, std::max(width, 120));
}

QString UsageChart::toolTip(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const Bar &bar = m_bars.at(index);
    const QLocale locale;
    QString text = tr("%1\nSell: %2\nCost: %3")
                           .arg(bar.name, moneyWithCurrency(bar.sell, m_currency, locale),
                                moneyWithCurrency(bar.cost, m_currency, locale));
    if (const auto margin = bar.sell.minus(bar.cost))
        text += u'\n' + tr("Margin: %1").arg(moneyWithCurrency(*margin, m_currency, locale));
    return text;
}

void UsageChart::showToolTip(bool hovered, int index)
{
    if (hovered)
        QToolTip::showText(QCursor::pos(), toolTip(barAt(index)), m_view);
    else
        QToolTip::hideText();
}

void UsageChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_bars.isEmpty())
        draw();
}

void UsageChart::draw()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // hands the axis back: ours to delete
        delete axis;
    }
    chart->setTitle(m_moreThanShown > 0 ? tr("The %1 largest by sell").arg(Bars) : QString());
    if (m_bars.isEmpty())
        return;
    auto *sell = new QBarSet(tr("Sell"));
    auto *cost = new QBarSet(tr("Cost"));
    QStringList labels;
    double highest = 0;
    // Bars lie across, the names on their left, where a name has the width of a line and not
    // a tenth of the chart: it is cut (in the middle) only beyond 40 % of the chart's width.
    // The largest comes first, at the top: Qt draws the first category at the bottom.
    const int room = labelRoom();
    for (auto bar = m_bars.crbegin(); bar != m_bars.crend(); ++bar) {
        sell->append(toDouble(bar->sell));
        cost->append(toDouble(bar->cost));
        highest = std::max({highest, toDouble(bar->sell), toDouble(bar->cost)});
        QString label = fittedLabel(bar->name, room);
        while (labels.contains(label)) // categories must differ
            label += u'\u200b';
        labels.append(label);
    }
    for (QBarSet *set : {sell, cost})
        connect(set, &QBarSet::hovered, this, &UsageChart::showToolTip);
    auto *series = new QHorizontalBarSeries;
    series->append(sell);
    series->append(cost);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    names->setTruncateLabels(false); // fitted here, in the middle: "Partner…0002", not "Part…"
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *money = new QValueAxis;
    money->setRange(0, highest);
    money->applyNiceNumbers();
    money->setLabelFormat(highest >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    money->setTitleText(m_currency);
    chart->addAxis(money, Qt::AlignBottom);
    series->attachAxis(money);
}

int UsageChart::labelRoom() const
{
    return std::max(m_view->width() * 2 / 5, 120);
}

// Bars are drawn largest last (at the top); `index` counts from the bottom.
int UsageChart::barAt(int index) const
{
    return int(m_bars.size()) - 1 - index;
}

QStringList UsageChart::labels() const
{
    const auto axes = m_view->chart()->axes(Qt::Vertical);
    auto *names = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    return names ? names->categories() : QStringList();
}

} // namespace csp
