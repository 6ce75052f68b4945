#!/usr/bin/env node
// The `ilr-audit` bin: a committed stub so that npm links it before the first build.
import '../dist/main.js';
