#include "settings/SettingsPageTolerances.h"

#include "common/MessageWidget.h"

#include "money/Decimal.h"
#include "settings/Settings.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace il::ui {
namespace {

// A tolerance is a plain non-negative decimal ("0.01"), read exactly, never as a double.
bool isTolerance(const QString& text) {
    const auto d = Decimal::parse(text.trimmed());
    return d && !d->isNegative();
}

} // namespace

SettingsPageTolerances::SettingsPageTolerances(QWidget* parent)
    : SettingsPage(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* group = new QGroupBox(tr("A difference up to this is no deviation"), this);
    auto* form = new QFormLayout(group);
    m_price = new QLineEdit(group);
    m_price->setObjectName(SettingsRegistry::name(Setting::TolerancePrice));
    m_price->setPlaceholderText(QStringLiteral("0.01"));
    m_price->setToolTip(tr("In the invoice's currency, per unit"));
    form->addRow(tr("&Price:"), m_price);
    m_quantity = new QLineEdit(group);
    m_quantity->setObjectName(SettingsRegistry::name(Setting::ToleranceQuantity));
    m_quantity->setPlaceholderText(QStringLiteral("0"));
    form->addRow(tr("&Quantity:"), m_quantity);
    m_error = new MessageWidget(group);
    form->addRow(QString(), m_error);
    layout->addWidget(group);
    layout->addStretch(1);

    for (QLineEdit* edit : {m_price, m_quantity})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_error->showError(problems().join(u'\n'));
            emit changed();
        });
}

void SettingsPageTolerances::load(const Settings& settings) {
    m_price->setText(settings.value(Setting::TolerancePrice));
    m_quantity->setText(settings.value(Setting::ToleranceQuantity));
}

void SettingsPageTolerances::save(Settings& settings) const {
    // Stored as the exact text the user typed, normalised ("0,5" is refused, not guessed).
    settings.setValue(
        Setting::TolerancePrice,
        Decimal::parse(m_price->text().trimmed()).value_or(Decimal::fromString(u"0.01")).toString());
    settings.setValue(Setting::ToleranceQuantity,
                      Decimal::parse(m_quantity->text().trimmed()).value_or(Decimal()).toString());
}

QStringList SettingsPageTolerances::problems() const {
    QStringList problems;
    if (!isTolerance(m_price->text()))
        problems << tr("The price tolerance is a number of 0 or more, with a point: 0.01.");
    if (!isTolerance(m_quantity->text()))
        problems << tr("The quantity tolerance is a number of 0 or more, with a point: 0.5.");
    return problems;
}

} // namespace il::ui
