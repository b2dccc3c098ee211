#include "TerminalText.h"

namespace {

bool isBidiControl(char16_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

// ESC [ or CSI: parameter and intermediate bytes, then one final byte (ECMA-48 §5.4).
qsizetype skipCsi(const QString& s, qsizetype i) {
    while (i < s.size() && s[i].unicode() >= 0x20 && s[i].unicode() <= 0x3F)
        ++i;
    return i < s.size() && s[i].unicode() >= 0x40 && s[i].unicode() <= 0x7E ? i + 1 : i;
}

// OSC, DCS, SOS, PM, APC: a string up to BEL, ST (ESC \) or C1 ST; unterminated: to the end.
qsizetype skipString(const QString& s, qsizetype i) {
    while (i < s.size()) {
        const char16_t c = s[i].unicode();
        if (c == 0x07 || c == 0x9C)
            return i + 1;
        if (c == 0x1B && i + 1 < s.size() && s[i + 1] == u'\\')
            return i + 2;
        ++i;
    }
    return i;
}

} // namespace

QString TerminalText::clean(const QString& text) {
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c == 0x1B) { // ESC
            ++i;
            if (i >= text.size())
                break;
            const char16_t next = text[i].unicode();
            if (next == u'[')
                i = skipCsi(text, i + 1);
            else if (next == u']' || next == u'P' || next == u'X' || next == u'^' || next == u'_')
                i = skipString(text, i + 1);
            else {
                // Two-character and nF sequences: intermediates 0x20–0x2F, then one final byte.
                while (i < text.size() && text[i].unicode() >= 0x20 && text[i].unicode() <= 0x2F)
                    ++i;
                if (i < text.size() && text[i].unicode() >= 0x30 && text[i].unicode() <= 0x7E)
                    ++i;
            }
            continue;
        }
        if (c == 0x9B) { // C1 CSI
            i = skipCsi(text, i + 1);
            continue;
        }
        if (c == 0x9D || c == 0x90 || c == 0x98 || c == 0x9E || c == 0x9F) { // C1 OSC, DCS, SOS, PM, APC
            i = skipString(text, i + 1);
            continue;
        }
        ++i;
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == 0x2028 || c == 0x2029) {
            if (!out.endsWith(u' '))
                out += u' ';
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c))
            continue;
        out += QChar(c);
    }
    return out;
}
