#!/usr/bin/env node
// The `ilr-console` bin: a committed stub so that npm links it before the first build.
import '../dist/main.js';
