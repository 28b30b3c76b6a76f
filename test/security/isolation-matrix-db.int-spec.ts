import { defineMatrix } from './isolation-matrix';

// The same matrix with the application's checks switched off (ACCESS_CHECKS=off, honoured only in tests).
defineMatrix('database');
