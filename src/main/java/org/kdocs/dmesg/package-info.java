/**
 * Kernel console logs as the 0-day kernel test robot reads them: the robot's
 * report heads and error ids (mirroring lkp-tests' dmesg handling), failure
 * signatures counted once per log, and its {@code fail:runs} comparison table.
 * Used by the spec runner for model runs and by {@code kdocs dmesg} for real logs.
 */
package org.kdocs.dmesg;
