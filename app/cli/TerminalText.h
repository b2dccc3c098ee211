#pragma once

#include <QString>

// Text from either API (names, descriptions, codes, server messages) made safe to print on a
// terminal: it must not move the cursor, recolour or retitle the window, hide text or reorder it.
// Removed: ESC sequences (CSI, OSC, DCS and the rest, whole), C0 and C1 controls, DEL, and the
// bidirectional overrides, embeddings, isolates and marks ("Trojan Source"). Line breaks and tabs
// become a space: the only line breaks printed are our own.
class TerminalText {
public:
    static QString clean(const QString& text);
};
