#pragma once

// What the engine answers when a front end tries its connections (Workspace::signInToExact,
// exactStatus, checkConnectWise): the value types a settings window shows. Front ends include
// this header, never the clients' folders, so that what they may see is the engine's choice.
#include "connectwise/CwStatus.h"
#include "exact/ExactStatus.h"
#include "exact/SignInOptions.h"
