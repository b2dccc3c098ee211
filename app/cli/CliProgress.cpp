#include "CliProgress.h"

#include "log/LogCategories.h"

void CliProgress::step(const il::LoadProgress& progress) {
    // Per page would be dozens of lines a month; a phase's end and a wait are what a person
    // watching a scheduled run's log needs.
    if (progress.waitSeconds > 0) {
        qCInfo(il::lcReconcile).noquote() << "progress:" << progress.text();
        return;
    }
    if (m_pending && m_pending->phase != progress.phase)
        qCInfo(il::lcReconcile).noquote() << "progress:" << m_pending->text();
    m_pending = progress;
    if (progress.phase == il::LoadProgress::Phase::Done) {
        qCInfo(il::lcReconcile).noquote() << "progress:" << progress.text();
        m_pending.reset();
    }
}

void CliProgress::finish() {
    if (m_pending)
        qCInfo(il::lcReconcile).noquote() << "progress:" << m_pending->text();
    m_pending.reset();
}
