#include "producttablemodel.h"

#include "core/currency.h"
#include "core/money.h"
#include "core/timetext.h"

#include <QCollator>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPalette>

namespace csp {

namespace {

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The catalogue's own "2026-11-24T18:52:57.123Z", read without QDateTime's general parser (a
// hundred thousand rows have two each); anything else goes the general way.
qint64 msSinceEpoch(const QString &utc)
{
    if (utc.size() == 24 && utc.at(10) == u'T' && utc.endsWith(u'Z')) {
        const int year = digits(utc, 0, 4), month = digits(utc, 5, 2), day = digits(utc, 8, 2);
        const int hour = digits(utc, 11, 2), minute = digits(utc, 14, 2),
                  second = digits(utc, 17, 2);
        const int milli = digits(utc, 20, 3);
        const QDate date(year, month, day);
        if (date.isValid() && hour >= 0 && minute >= 0 && second >= 0 && milli >= 0) {
            const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
            return ((days * 24 + hour) * 60 + minute) * 60'000 + qint64(second) * 1000 + milli;
        }
    }
    const QDateTime time = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// The search box looks in names, offering item and storage, folded as the command line's
// search folds them. Kept as UTF-8: half the memory of QString for the usual Latin text, and
// searched with a plain byte search.
QByteArray searchTextOf(const ProductRow &row)
{
    const Product &p = row.product;
    return productSearchKey(p.name, p.acronisName, p.key.offeringItem, p.infraName).toUtf8();
}

} // namespace

ProductTableModel::ProductTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ProductTableModel::Derived ProductTableModel::derive(const ProductRow &row)
{
    Derived derived;
    derived.firstSeenMs = msSinceEpoch(row.product.firstSeenAt);
    derived.changedMs = msSinceEpoch(row.product.changedAt);
    derived.cost = row.costPrice();
    if (row.product.sellPrice && derived.cost) {
        derived.margin = row.product.sellPrice->minus(*derived.cost);
        derived.marginPercent = marginPercent(*row.product.sellPrice, *derived.cost);
    }
    derived.currency = priceCurrency(row.product.priceCurrency, row.primaryCurrency);
    return derived;
}

void ProductTableModel::MoneyColumns::include(const ProductRow &row, const Derived &derived)
{
    sell.include(row.product.sellPrice, derived.currency);
    cost.include(derived.cost, derived.currency);
    margin.include(derived.margin, derived.currency);
}

const MoneyColumn &ProductTableModel::MoneyColumns::of(Column column) const
{
    return column == SellPrice ? sell : column == CostPrice ? cost : margin;
}

ProductTableModel::Loaded ProductTableModel::prepare(QList<ProductRow> rows)
{
    Loaded loaded;
    loaded.rows = std::move(rows);
    loaded.derived.reserve(size_t(loaded.rows.size()));
    loaded.search.reserve(size_t(loaded.rows.size()));
    for (const ProductRow &row : std::as_const(loaded.rows)) {
        loaded.derived.push_back(derive(row));
        loaded.search.push_back(searchTextOf(row));
        loaded.money.include(row, loaded.derived.back());
    }
    return loaded;
}

void ProductTableModel::setRows(QList<ProductRow> rows)
{
    setLoaded(prepare(std::move(rows)));
}

void ProductTableModel::setLoaded(Loaded loaded)
{
    beginResetModel();
    m_rows = std::move(loaded.rows);
    m_derived = std::move(loaded.derived);
    m_search = std::move(loaded.search);
    m_money = loaded.money;
    m_keys.clear();
    m_keyColumn = -1;
    endResetModel();
}

void ProductTableModel::replaceRow(int index, const ProductRow &row)
{
    m_rows[index] = row;
    m_derived[size_t(index)] = derive(row);
    m_search[size_t(index)] = searchTextOf(row);
    const MoneyColumns before = m_money;
    m_money.include(row, m_derived[size_t(index)]);
    if (m_keyColumn >= 0)
        m_keys[size_t(index)] = collator().sortKey(displayText(index, Column(m_keyColumn)));
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    for (const Column column : {SellPrice, CostPrice, Margin}) {
        // A more precise price widens its column: every row of it is written anew.
        if (m_money.of(column).fractionDigits() != before.of(column).fractionDigits() &&
            !m_rows.isEmpty())
            emit dataChanged(this->index(0, column), this->index(int(m_rows.size()) - 1, column));
    }
}

bool ProductTableModel::matches(int index, const QByteArray &lowerUtf8) const
{
    return m_search.at(size_t(index)).contains(lowerUtf8);
}

bool ProductTableModel::isText(Column column)
{
    switch (column) {
    case SellPrice:
    case CostPrice:
    case Margin:
    case MarginPercent:
    case FirstSeen:
    case LastChanged:
        return false;
    default:
        return true;
    }
}

const QCollator &ProductTableModel::collator()
{
    static const QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    return collator;
}

void ProductTableModel::buildSortKeys(Column column) const
{
    if (m_keyColumn == int(column) && m_keys.size() == size_t(m_rows.size()))
        return;
    m_keys.clear();
    m_keys.reserve(size_t(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row)
        m_keys.push_back(collator().sortKey(displayText(row, column)));
    m_keyColumn = int(column);
}

const QCollatorSortKey &ProductTableModel::sortKey(int index, Column column) const
{
    buildSortKeys(column);
    return m_keys[size_t(index)];
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProductTableModel::displayText(int index, Column column) const
{
    const ProductRow &row = m_rows.at(index);
    const Product &p = row.product;
    const Derived &d = m_derived.at(size_t(index));
    const QLocale locale;
    const auto money = [&](const std::optional<Decimal> &value) {
        return value ? m_money.of(column).text(*value, locale) : QString();
    };
    switch (column) {
    case Name:
        return p.name;
    case AcronisName:
        return p.acronisName;
    case ProductType:
        return row.productType;
    case Application:
        return p.applicationName;
    case Edition:
        return editionLabel(p.key.edition);
    case OfferingItem:
        return p.key.offeringItem;
    case Unit:
        return soldUnitLabel(p.measurementUnit);
    case Storage:
        return p.infraName;
    case SellPrice:
        return money(p.sellPrice);
    case CostPrice:
        return money(d.cost);
    case Margin:
        return money(d.margin);
    case MarginPercent:
        return d.marginPercent ? percentText(*d.marginPercent, locale) : QString();
    case Currency:
        return d.currency;
    case Status:
        return p.retired ? tr("retired") : tr("active");
    case FirstSeen:
        return timeText(QDateTime::fromMSecsSinceEpoch(d.firstSeenMs, Qt::UTC), locale);
    case LastChanged:
        return timeText(QDateTime::fromMSecsSinceEpoch(d.changedMs, Qt::UTC), locale);
    case ColumnCount:
        break;
    }
    return {};
}

QString ProductTableModel::editText(int index, Column column) const
{
    const Product &p = m_rows.at(index).product;
    if (column != SellPrice || !p.sellPrice)
        return displayText(index, column);
    // The exact price in the user's locale, without group separators: what is typed back is
    // read as the same number ("0,045" stays 0.045 in German, never 45 or 0.05).
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return p.sellPrice->localeText(locale);
}

QVariant ProductTableModel::underlying(int index, Column column) const
{
    const ProductRow &row = m_rows.at(index);
    const Derived &d = m_derived.at(size_t(index));
    const auto units = [](const std::optional<Decimal> &value) {
        return value ? QVariant(value->units()) : QVariant();
    };
    switch (column) {
    case SellPrice:
        return units(row.product.sellPrice);
    case CostPrice:
        return units(d.cost);
    case Margin:
        return units(d.margin);
    case MarginPercent:
        return units(d.marginPercent);
    case FirstSeen:
        return d.firstSeenMs;
    case LastChanged:
        return d.changedMs;
    default:
        return displayText(index, column);
    }
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto column = Column(index.column());
    const Product &product = m_rows.at(index.row()).product;
    const bool noPrice = !product.sellPrice && isMoney(column);
    switch (role) {
    case Qt::DisplayRole:
        if (noPrice)
            return column == SellPrice ? tr("no price") : QStringLiteral("\u2013");
        return displayText(index.row(), column);
    case Qt::EditRole:
        return editText(index.row(), column);
    case UnderlyingDataRole:
        return underlying(index.row(), column);
    case ProductIdRole:
        return product.id;
    case InstanceIdRole:
        return product.instanceId;
    case Qt::TextAlignmentRole:
        return isText(column) || column == FirstSeen || column == LastChanged
                ? QVariant()
                : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (noPrice || product.retired)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DecorationRole:
        if (column == SellPrice && product.priceSource == PriceSource::Manual)
            return setByHandIcon();
        return {};
    case Qt::ToolTipRole:
        return toolTip(index.row(), column);
    case Qt::AccessibleDescriptionRole:
        if (column == SellPrice && product.priceSource == PriceSource::Manual)
            return tr("Set by hand");
        return {};
    default:
        return {};
    }
}

bool ProductTableModel::isMoney(Column column)
{
    return column == SellPrice || column == CostPrice || column == Margin ||
            column == MarginPercent;
}

QString ProductTableModel::toolTip(int index, Column column) const
{
    const Product &product = m_rows.at(index).product;
    if (column == SellPrice && product.priceSource == PriceSource::Manual)
        return tr("Set by hand");
    if (isMoney(column) && !product.sellPrice)
        return tr("Acronis serves no price for this product; a sell price can be set by hand.");
    if (column == Name && product.name != product.acronisName)
        return tr("Acronis calls it \"%1\"").arg(product.acronisName);
    return {};
}

// A small pencil, drawn rather than taken from an icon theme (a plain desktop may have none).
QIcon ProductTableModel::setByHandIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor ink = QPalette().color(QPalette::Text);
        painter.setPen(QPen(ink, 5, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(24, 6), QPointF(9, 21));
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawPolygon(QPolygonF({QPointF(6, 20), QPointF(10, 24), QPointF(4, 26)}));
        painter.setBrush(QPalette().color(QPalette::Highlight));
        painter.drawPolygon(
                QPolygonF({QPointF(23, 3), QPointF(27, 7), QPointF(25, 9), QPointF(21, 5)}));
        return QIcon(pixmap);
    }();
    return icon;
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case AcronisName:
        return tr("Acronis name");
    case ProductType:
        return tr("Product type");
    case Application:
        return tr("Application");
    case Edition:
        return tr("Edition");
    case OfferingItem:
        return tr("Offering item");
    case Unit:
        return tr("Unit");
    case Storage:
        return tr("Storage");
    case SellPrice:
        return tr("Sell price");
    case CostPrice:
        return tr("Cost price");
    case Margin:
        return tr("Margin");
    case MarginPercent:
        return tr("Margin %");
    case Currency:
        return tr("Currency");
    case Status:
        return tr("Status");
    case FirstSeen:
        return tr("First seen");
    case LastChanged:
        return tr("Last changed");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ProductTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_editor)
        return flags;
    const Product &p = m_rows.at(index.row()).product;
    if (index.column() == Name ||
        (index.column() == SellPrice && p.priceSource != PriceSource::Served))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ProductTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const EditResult result =
            m_editor(m_rows.at(index.row()), Column(index.column()), value.toString());
    if (!result.error.isEmpty()) {
        if (result.stale)
            emit editConflict(result.error);
        else
            emit editFailed(result.error);
        return false;
    }
    if (result.saved)
        replaceRow(index.row(), *result.saved);
    emit editNotice(result.notice); // an empty one clears what an earlier edit said
    return true;
}

} // namespace csp
