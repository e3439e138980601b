// SPDX-License-Identifier: GPL-2.0

/**
 * DOC: Widget overview
 *
 * Widgets sit on a bus.  Each has a %state and an @owner-less life:
 *
 * - probe() finds it,
 * - &struct widget describes it.
 *
 * A literal block::
 *
 *   struct widget w;
 */

/**
 * DOC:
 *
 * A block without a title is the introduction.
 */

/**
 * widget_start - start a widget
 * @w: the widget
 */
int widget_start(struct widget *w);

/**
 * DOC: Widget locking
 *
 * Hold &widget_bus.lock.
 */
