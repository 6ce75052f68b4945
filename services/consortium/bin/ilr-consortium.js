#!/usr/bin/env node
// A committed stub so that npm links the bin before the first build.
import '../dist/main.js';
