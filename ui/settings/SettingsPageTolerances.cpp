#include "settings/SettingsPageTolerances.h"

#include "money/DecimalText.h"
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

// A tolerance is a non-negative decimal as the user writes numbers ("0,01" in Dutch, "0.01"),
// read exactly, never as a double.
std::optional<Decimal> tolerance(const QString& text) {
    const auto d = DecimalText::parse(text);
    if (!d || d->isNegative())
        return std::nullopt;
    return d;
}

} // namespace

SettingsPageTolerances::SettingsPageTolerances(QWidget* parent)
    : SettingsPage(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* group = new QGroupBox(tr("A difference up to this is no deviation"), this);
    auto* form = new QFormLayout(group);
    m_price = new QLineEdit(group);
    m_price->setObjectName(SettingsRegistry::name(Setting::TolerancePrice));
    m_price->setPlaceholderText(DecimalText::example("0.01"));
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
    // The INI holds the plain form ("0.05"); the field shows the user's ("0,05").
    auto shown = [](const QString& stored) {
        const auto d = Decimal::parse(stored.trimmed());
        return d ? DecimalText::format(*d) : stored;
    };
    m_price->setText(shown(settings.value(Setting::TolerancePrice)));
    m_quantity->setText(shown(settings.value(Setting::ToleranceQuantity)));
}

void SettingsPageTolerances::save(Settings& settings) const {
    // Stored in the plain form ("0.05") whatever the user's locale: the INI is a contract.
    settings.setValue(Setting::TolerancePrice,
                      tolerance(m_price->text()).value_or(Decimal::fromString(u"0.01")).toString());
    settings.setValue(Setting::ToleranceQuantity,
                      tolerance(m_quantity->text()).value_or(Decimal()).toString());
}

QStringList SettingsPageTolerances::problems() const {
    QStringList problems;
    if (!tolerance(m_price->text()))
        problems << tr("The price tolerance “%1” is not a number of 0 or more, such as %2.")
                        .arg(m_price->text().trimmed(), DecimalText::example("0.01"));
    if (!tolerance(m_quantity->text()))
        problems << tr("The quantity tolerance “%1” is not a number of 0 or more, such as %2.")
                        .arg(m_quantity->text().trimmed(), DecimalText::example("0.5"));
    return problems;
}

} // namespace il::ui
