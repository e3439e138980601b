// SPDX-License-Identifier: GPL-2.0
/* Exports for functions that exports.h declares. */

EXPORT_SYMBOL(widget_declared);
  EXPORT_SYMBOL_GPL ( widget_other ) ;
