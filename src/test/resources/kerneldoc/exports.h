/* SPDX-License-Identifier: GPL-2.0 */

/**
 * widget_declared - declared here, exported in exports-more.c
 * @w: the widget
 */
void widget_declared(struct widget *w);

/**
 * widget_inline - defined here, not exported
 * @w: the widget
 */
static inline void widget_inline(struct widget *w) { }
