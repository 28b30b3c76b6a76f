import { defineMatrix } from './isolation-matrix';

defineMatrix('application');
