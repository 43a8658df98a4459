#include "Tombstones.h"
