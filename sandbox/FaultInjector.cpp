#include "sandbox/FaultInjector.h"

#include <QRegularExpression>
#include <QStringList>

namespace il::sandbox {

std::optional<FaultSpec> FaultInjector::take(const QString& path, const QByteArray& method) {
    for (auto& fault : m_faults) {
        if (fault.times == 0)
            continue;
        if (!fault.method.isEmpty() && fault.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        const QRegularExpression re(fault.pathPattern.isEmpty() ? QStringLiteral(".*") : fault.pathPattern);
        if (!re.match(path).hasMatch())
            continue;
        if (fault.times > 0)
            --fault.times;
        return fault;
    }
    return std::nullopt;
}

namespace {

std::optional<int> parseNonNegative(const QString& text) {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<FaultSpec> FaultInjector::parse(const QString& spec) {
    FaultSpec fault;
    bool inPath = false;
    bool any = false;
    const QStringList pieces = spec.trimmed().split(u',');
    for (const QString& raw : pieces) {
        const QString piece = raw.trimmed();
        const QString key = piece.section(u'=', 0, 0).trimmed().toLower();
        const QString value = piece.section(u'=', 1);
        if (key == u"path" && piece.contains(u'=')) {
            fault.pathPattern = value;
            inPath = true;
        } else if (key == u"status" || key == u"delay" || key == u"times") {
            const auto number = parseNonNegative(value.trimmed());
            if (!number)
                return std::nullopt;
            if (key == u"status") {
                if (*number < 100 || *number > 599)
                    return std::nullopt;
                fault.status = *number;
            } else if (key == u"delay") {
                fault.delayMs = *number;
            } else {
                fault.times = *number;
            }
            inPath = false;
        } else if (key == u"method" && piece.contains(u'=')) {
            fault.method = value.trimmed().toUpper().toLatin1();
            inPath = false;
            continue;
        } else if (piece == u"drop") {
            fault.drop = true;
            inPath = false;
        } else if (piece == u"truncate") {
            fault.truncate = true;
            inPath = false;
        } else if (inPath) {
            fault.pathPattern += u',' + raw; // a comma inside the regular expression
            continue;
        } else {
            return std::nullopt;
        }
        any = true;
    }
    if (!any || (fault.status == 0 && fault.delayMs == 0 && !fault.drop && !fault.truncate))
        return std::nullopt;
    if (!QRegularExpression(fault.pathPattern).isValid())
        return std::nullopt;
    return fault;
}

std::optional<QList<FaultSpec>> FaultInjector::parseList(const QString& specs, QString* errorOut) {
    QList<FaultSpec> result;
    for (const QString& one : specs.split(u';', Qt::SkipEmptyParts)) {
        if (one.trimmed().isEmpty())
            continue;
        auto fault = parse(one);
        if (!fault) {
            if (errorOut)
                *errorOut = one.trimmed();
            return std::nullopt;
        }
        result.append(*fault);
    }
    return result;
}

} // namespace il::sandbox
