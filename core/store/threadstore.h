// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** A per-thread, reused connection to a project for short background reads (each thread needs its own
 *  QSqlDatabase connection). The connection lives until the thread ends or another path is asked for. */
class ThreadStore
{
public:
    static ProjectStore *get(const QString &path, QString *error);
};

} // namespace ShadowOptic
