#include "instanceform.h"

#include "core/currency.h"
#include "core/money.h"
#include "prompts.h"
#include "ui_instanceform.h"

#include <QCompleter>
#include <QDateTime>
#include <QEvent>
#include <QPushButton>

namespace csp {

namespace {

QColor negativeTextColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

// The discount as typed in the user's locale: "18", "17,5" in German.
QString discountText(Decimal discount)
{
    return discount.localeText(QLocale());
}

} // namespace

InstanceForm::InstanceForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InstanceForm>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    fillChoices();

    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showSecretButton->setText(shown ? tr("&Hide") : tr("Sho&w"));
    });

    connect(m_ui->discountsButton, &QPushButton::clicked, this, &InstanceForm::discountsRequested);
    for (QLineEdit *edit :
         {m_ui->systemNameEdit, m_ui->clientIdEdit, m_ui->secretEdit, m_ui->discountEdit})
        connect(edit, &QLineEdit::textChanged, this, &InstanceForm::validate);
    for (QComboBox *combo : {m_ui->gatewayCombo, m_ui->currencyCombo})
        connect(combo, &QComboBox::currentTextChanged, this, &InstanceForm::validate);
    // A field's message shows once the admin has typed in it (or chosen in it).
    const std::pair<QWidget *, InstanceField> fields[] = {
            {m_ui->systemNameEdit, InstanceField::SystemName},
            {m_ui->gatewayCombo, InstanceField::Gateway},
            {m_ui->clientIdEdit, InstanceField::ClientId},
            {m_ui->secretEdit, InstanceField::ClientSecret},
            {m_ui->discountEdit, InstanceField::Discount},
            {m_ui->currencyCombo, InstanceField::Currency}};
    for (const auto &[widget, field] : fields) {
        auto *edit = qobject_cast<QLineEdit *>(widget);
        auto *combo = qobject_cast<QComboBox *>(widget);
        if (combo) {
            edit = combo->lineEdit();
            connect(combo, &QComboBox::activated, this, [this, f = field] { touch(f); });
        }
        connect(edit, &QLineEdit::textEdited, this, [this, f = field] { touch(f); });
    }
    // Every message has its line, shown or not: a message never moves the fields below it.
    for (InstanceField field :
         {InstanceField::SystemName, InstanceField::Gateway, InstanceField::ClientId,
          InstanceField::ClientSecret, InstanceField::Discount, InstanceField::Currency}) {
        QLabel *label = errorLabel(field);
        label->setWordWrap(false);
        label->setFixedHeight(label->fontMetrics().lineSpacing());
        label->setMinimumWidth(0);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        label->setVisible(true);
    }
    connect(m_ui->namePolicyCombo, &QComboBox::currentIndexChanged, this, &InstanceForm::validate);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &InstanceForm::saveRequested);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &InstanceForm::revert);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this,
            &InstanceForm::testConnectionRequested);
    connect(m_ui->checkCompatibilityButton, &QPushButton::clicked, this,
            &InstanceForm::compatibilityCheckRequested);
    connect(m_ui->priceCheckButton, &QPushButton::clicked, this,
            &InstanceForm::priceCheckRequested);
    m_constructed = true;
    showNewInstance();
}

InstanceForm::~InstanceForm() = default;

void InstanceForm::revert()
{
    if (!isDirty())
        return;
    const QString question = isNew()
            ? tr("Discard the new instance you started?")
            : tr("Discard your changes to \"%1\" and show it as saved?").arg(m_instance.systemName);
    if (Prompts::ask(this, tr("Revert"), question, QMessageBox::Discard | QMessageBox::Cancel,
                     QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    isNew() ? showNewInstance() : showInstance(m_instance);
}

void InstanceForm::fillChoices()
{
    m_ui->gatewayCombo->addItems(knownGateways());
    m_ui->gatewayCombo->lineEdit()->setPlaceholderText(
            QStringLiteral("https://eu2-cloud.acronis.com"));
    for (const Currency &currency : Currencies::all())
        m_ui->currencyCombo->addItem(currency.code + QStringLiteral(" \u2014 ") + currency.name,
                                     currency.code);
    auto *completer = new QCompleter(m_ui->currencyCombo->model(), m_ui->currencyCombo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->currencyCombo->setCompleter(completer);
}

void InstanceForm::showInstance(const Instance &instance)
{
    m_instance = instance;
    m_ui->discountsButton->setEnabled(true);
    m_ui->systemNameEdit->setText(instance.systemName);
    m_ui->gatewayCombo->setCurrentText(instance.gateway);
    m_ui->clientIdEdit->setText(instance.clientId);
    m_ui->secretEdit->clear();
    m_ui->showSecretButton->setChecked(false);
    m_ui->discountEdit->setText(discountText(instance.discountPercent));
    const int currency = currencyIndex(instance.primaryCurrency);
    if (currency >= 0)
        m_ui->currencyCombo->setCurrentIndex(currency);
    else
        m_ui->currencyCombo->setCurrentText(instance.primaryCurrency);
    m_ui->namePolicyCombo->setCurrentIndex(instance.namePolicy == NamePolicy::Keep ? 1 : 0);
    m_ui->titleLabel->setText(tr("Applications Setup \u2013 %1").arg(instance.systemName));
    setConnectionStatus({}, false);
    m_loaded = snapshot();
    m_touched.clear();
    m_revealAll = false;
    validate();
}

void InstanceForm::showDiscountOverrides(const Result<QList<DiscountOverride>> &overrides)
{
    QLabel *label = m_ui->discountOverridesLabel;
    if (!overrides) {
        label->setText(overrides.error().message);
        label->setVisible(true);
        return;
    }
    QStringList parts;
    for (const DiscountOverride &item : *overrides)
        parts.append(tr("%1: %2 %").arg(item.label, item.percent.localeText(QLocale())));
    label->setText(tr("Overridden for %n application(s) or product(s): %1.", nullptr,
                      int(overrides->size()))
                           .arg(parts.join(QStringLiteral("; "))));
    label->setToolTip(tr("Agreements with Acronis that differ by product: the most specific "
                         "discount prices a product's cost. Set them with Discounts per "
                         "Product\u2026"));
    label->setVisible(!parts.isEmpty());
}

void InstanceForm::showPriceCheck(const Result<std::optional<PriceCheckSummary>> &last)
{
    QLabel *label = m_ui->priceCheckLabel;
    if (!last) {
        label->setText(last.error().message);
        label->setVisible(true);
        return;
    }
    label->setVisible(last->has_value());
    if (!*last)
        return label->clear();
    const PriceCheckSummary &check = **last;
    const QString when = QLocale().toString(
            QDateTime::fromString(check.checkedAt, Qt::ISODateWithMs).toLocalTime(),
            QLocale::ShortFormat);
    if (!check.error.isEmpty())
        label->setText(tr("Last checked against Acronis' price list on %1 (%2): it could not be "
                          "read. %3")
                               .arg(when, check.month, check.error));
    else if (check.skus == 0)
        label->setText(tr("Last checked against Acronis' price list on %1: Acronis listed no "
                          "price list for %2.")
                               .arg(when, check.month));
    else if (check.differing == 0)
        label->setText(tr("Last checked against Acronis' price list on %1: all %n SKU(s) of %2 "
                          "agree.",
                          nullptr, check.skus)
                               .arg(when, check.month));
    else
        label->setText(tr("Last checked against Acronis' price list on %1: %n SKU(s) of %2 "
                          "differ from the discount this program applies.",
                          nullptr, check.differing)
                               .arg(when, check.month));
}

QString InstanceForm::priceCheckNote() const
{
    return m_ui->priceCheckLabel->isHidden() ? QString() : m_ui->priceCheckLabel->text();
}

void InstanceForm::showNewInstance()
{
    m_instance = Instance();
    m_ui->discountsButton->setEnabled(false); // overrides belong to a saved instance
    showDiscountOverrides(QList<DiscountOverride>());
    showPriceCheck(std::optional<PriceCheckSummary>());
    m_ui->systemNameEdit->clear();
    m_ui->gatewayCombo->setCurrentText(QString());
    m_ui->clientIdEdit->clear();
    m_ui->secretEdit->clear();
    m_ui->showSecretButton->setChecked(false);
    m_ui->discountEdit->clear();
    m_ui->currencyCombo->setCurrentIndex(currencyIndex(QStringLiteral("EUR")));
    m_ui->namePolicyCombo->setCurrentIndex(0);
    m_ui->titleLabel->setText(tr("Applications Setup \u2013 new Acronis instance"));
    setConnectionStatus({}, false);
    m_loaded = snapshot();
    m_touched.clear();
    m_revealAll = false;
    validate();
}

QStringList InstanceForm::snapshot() const
{
    return {m_ui->systemNameEdit->text(),
            m_ui->gatewayCombo->currentText(),
            m_ui->clientIdEdit->text(),
            m_ui->secretEdit->text(),
            m_ui->discountEdit->text(),
            currencyCode(),
            QString::number(m_ui->namePolicyCombo->currentIndex())};
}

bool InstanceForm::isDirty() const
{
    return snapshot() != m_loaded;
}

bool InstanceForm::isValid() const
{
    return m_valid;
}

QString InstanceForm::currencyCode() const
{
    const QString text = m_ui->currencyCombo->currentText().trimmed();
    const int index = m_ui->currencyCombo->findText(text, Qt::MatchFixedString);
    return index >= 0 ? m_ui->currencyCombo->itemData(index).toString() : text;
}

int InstanceForm::currencyIndex(const QString &code) const
{
    return m_ui->currencyCombo->findData(code);
}

InstanceChanges InstanceForm::changes() const
{
    InstanceChanges changes;
    changes.systemName = m_ui->systemNameEdit->text();
    changes.gateway = m_ui->gatewayCombo->currentText();
    changes.clientId = m_ui->clientIdEdit->text();
    changes.discount = m_ui->discountEdit->text();
    changes.currency = currencyCode();
    changes.namePolicy = namePolicyKey(
            m_ui->namePolicyCombo->currentIndex() == 1 ? NamePolicy::Keep : NamePolicy::Update);
    changes.numberLocale = QLocale();
    return changes;
}

std::optional<QString> InstanceForm::typedSecret() const
{
    const QString secret = m_ui->secretEdit->text();
    return secret.isEmpty() ? std::nullopt : std::optional(secret);
}

std::optional<Instance> InstanceForm::draft() const
{
    Instance instance = m_instance;
    if (!applyChanges(instance, changes(), false).ok())
        return std::nullopt;
    return instance;
}

QLabel *InstanceForm::errorLabel(InstanceField field) const
{
    switch (field) {
    case InstanceField::SystemName:
        return m_ui->systemNameError;
    case InstanceField::Gateway:
        return m_ui->gatewayError;
    case InstanceField::ClientId:
        return m_ui->clientIdError;
    case InstanceField::ClientSecret:
        return m_ui->secretError;
    case InstanceField::Discount:
        return m_ui->discountError;
    case InstanceField::Currency:
    case InstanceField::NamePolicy:
        break;
    }
    return m_ui->currencyError;
}

void InstanceForm::showCheck(InstanceField field, const QString &error, const QString &warning)
{
    QLabel *label = errorLabel(field);
    const QString text = error.isEmpty() ? warning : error;
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     error.isEmpty() ? this->palette().color(QPalette::PlaceholderText)
                                     : negativeTextColor(this->palette()));
    label->setPalette(palette);
    label->setToolTip(text);
    label->setAccessibleDescription(text);
    elide(label);
}

void InstanceForm::elide(QLabel *label) const
{
    const QString text = label->toolTip();
    label->setText(label->width() > 0
                           ? label->fontMetrics().elidedText(text, Qt::ElideRight, label->width())
                           : text);
}

QString InstanceForm::message(InstanceField field) const
{
    return errorLabel(field)->toolTip();
}

void InstanceForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    for (InstanceField field :
         {InstanceField::SystemName, InstanceField::Gateway, InstanceField::ClientId,
          InstanceField::ClientSecret, InstanceField::Discount, InstanceField::Currency})
        elide(errorLabel(field));
}

void InstanceForm::touch(InstanceField field)
{
    m_touched.insert(int(field));
    validate();
}

void InstanceForm::revealAllChecks()
{
    m_revealAll = true;
    validate();
    const std::pair<InstanceField, QWidget *> order[] = {
            {InstanceField::SystemName, m_ui->systemNameEdit},
            {InstanceField::Gateway, m_ui->gatewayCombo},
            {InstanceField::ClientId, m_ui->clientIdEdit},
            {InstanceField::ClientSecret, m_ui->secretEdit},
            {InstanceField::Discount, m_ui->discountEdit},
            {InstanceField::Currency, m_ui->currencyCombo}};
    for (const auto &[field, widget] : order) {
        if (m_invalid.contains(int(field))) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void InstanceForm::showFieldError(InstanceField field, const QString &message)
{
    showCheck(field, message);
}

void InstanceForm::validate()
{
    const auto name = InstanceRules::checkSystemName(m_ui->systemNameEdit->text());
    const auto gateway = InstanceRules::checkGateway(m_ui->gatewayCombo->currentText());
    const auto clientId = InstanceRules::checkClientId(m_ui->clientIdEdit->text());
    const auto discount = InstanceRules::checkDiscount(m_ui->discountEdit->text(), QLocale());
    const auto currency = InstanceRules::checkCurrency(currencyCode());
    QString secretError;
    if (isNew() && m_ui->secretEdit->text().isEmpty())
        secretError = InstanceRules::checkClientSecret(QString()).error;
    // A name taken by another instance, found as it is typed rather than on Save.
    QString nameError = name.error;
    if (name.ok() && m_nameCheck && m_touched.contains(int(InstanceField::SystemName)))
        nameError = m_nameCheck(*name.value, m_instance.id);
    // Only the fields the admin typed in say what is wrong, until a Save asks for all.
    const auto shown = [this](InstanceField field, const QString &error) {
        return m_revealAll || m_touched.contains(int(field)) ? error : QString();
    };
    m_invalid.clear();
    for (const auto &[field, error] : {std::pair{InstanceField::SystemName, nameError},
                                       std::pair{InstanceField::Gateway, gateway.error},
                                       std::pair{InstanceField::ClientId, clientId.error},
                                       std::pair{InstanceField::ClientSecret, secretError},
                                       std::pair{InstanceField::Discount, discount.error},
                                       std::pair{InstanceField::Currency, currency.error}}) {
        if (!error.isEmpty())
            m_invalid.insert(int(field));
    }
    showCheck(InstanceField::SystemName, shown(InstanceField::SystemName, nameError));
    showCheck(InstanceField::Gateway, shown(InstanceField::Gateway, gateway.error));
    showCheck(InstanceField::ClientId, shown(InstanceField::ClientId, clientId.error),
              clientId.warning);
    showCheck(InstanceField::ClientSecret, shown(InstanceField::ClientSecret, secretError));
    showCheck(InstanceField::Discount, shown(InstanceField::Discount, discount.error));
    showCheck(InstanceField::Currency, shown(InstanceField::Currency, currency.error));

    m_ui->secretStateLabel->setText(
            !m_keychainAvailable ? tr("The OS keychain is not available: a secret cannot be saved "
                                      "or read until it is.")
                    : isNew()    ? tr("Kept in the OS keychain only.")
                    : m_instance.hasSecret
                    ? tr("A secret is stored in the OS keychain; type a new one only to replace "
                         "it.")
                    : tr("No secret is stored yet; type the client secret."));
    m_ui->secretEdit->setPlaceholderText(
            !isNew() && m_instance.hasSecret ? tr("(stored in the OS keychain)") : QString());
    m_ui->productTypeLabel->setText(productTypeFor(name.ok() ? *name.value : tr("…")));
    updateCostPreview(discount.value, currency.ok() ? *currency.value : QString());

    m_valid = m_invalid.isEmpty();
    const bool dirty = isDirty();
    // Enabled with invalid fields too: Save then shows every message and saves nothing.
    m_ui->saveButton->setEnabled(dirty && !m_busy);
    m_ui->revertButton->setEnabled(dirty && !m_busy);
    m_ui->testConnectionButton->setEnabled(canTestConnection());
    m_ui->checkCompatibilityButton->setEnabled(canCheckCompatibility());
    // The same needs: it reads what Acronis charges with the saved client.
    m_ui->priceCheckButton->setEnabled(canCheckCompatibility());
    emit changed();
}

bool InstanceForm::canTestConnection() const
{
    return InstanceRules::checkSystemName(m_ui->systemNameEdit->text()).ok() &&
            InstanceRules::checkGateway(m_ui->gatewayCombo->currentText()).ok() &&
            InstanceRules::checkClientId(m_ui->clientIdEdit->text()).ok() && !m_testing &&
            !m_busy && (!m_ui->secretEdit->text().isEmpty() || (!isNew() && m_instance.hasSecret));
}

bool InstanceForm::canCheckCompatibility() const
{
    return !isNew() && m_instance.hasSecret && !isDirty() && !m_busy;
}

void InstanceForm::updateCostPreview(const std::optional<Decimal> &discount,
                                     const QString &currency)
{
    if (!discount || currency.isEmpty()) {
        m_ui->costPreviewLabel->clear();
        return;
    }
    const QLocale locale;
    const Decimal sell = Decimal::fromInteger(100);
    m_ui->costPreviewLabel->setText(
            tr("Sell %1 %3 \u2192 cost %2 %3")
                    .arg(moneyText(sell, currency, locale),
                         moneyText(costPrice(sell, *discount), currency, locale), currency));
}

void InstanceForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_constructed)
        validate(); // the message colours follow a switch between light and dark
}

void InstanceForm::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field : std::initializer_list<QWidget *>{
                 m_ui->systemNameEdit, m_ui->gatewayCombo, m_ui->clientIdEdit, m_ui->secretEdit,
                 m_ui->discountEdit, m_ui->currencyCombo, m_ui->namePolicyCombo})
        field->setEnabled(!busy);
    validate();
}

void InstanceForm::setConnectionStatus(const QString &text, bool failed)
{
    QPalette palette = m_ui->connectionResultLabel->palette();
    palette.setColor(QPalette::WindowText,
                     failed ? negativeTextColor(this->palette())
                            : this->palette().color(QPalette::WindowText));
    m_ui->connectionResultLabel->setPalette(palette);
    m_ui->connectionResultLabel->setText(text);
}

void InstanceForm::setConnectionTestRunning(bool running)
{
    m_testing = running;
    validate();
}

void InstanceForm::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    validate();
}

} // namespace csp
