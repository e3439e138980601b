/**
 * Kernel facts shared by the mm reference models: the kernel log with its BUG and WARN report shapes,
 * kstrtobool() for boot parameters, and the verdict a model run ends with. It knows nothing of the
 * interpreter, so every model can use it.
 */
package org.kdocs.models.kernel;
