/* SPDX-License-Identifier: GPL-2.0 */
/* Enums and typedefs for the kernel-doc tests of kdocs. */

/**
 * enum widget_state - what a widget is doing
 * @WIDGET_IDLE: nothing
 * @WIDGET_BUSY: something; see widget_walk()
 * @WIDGET_GONE: not described in the code
 *
 * The states follow each other in this order.
 */
enum widget_state {
	WIDGET_IDLE = 0,
	WIDGET_BUSY = (1 << 2),
#define WIDGET_LAST WIDGET_BUSY
	WIDGET_DEAD,	/* no description */
	/* private: */
	__WIDGET_MAX,
};

/**
 * enum - the anonymous enum of limits
 * @WIDGET_MIN: the least
 * @WIDGET_TOP: the most
 */
enum {
	WIDGET_MIN = 1,
	WIDGET_TOP = 99,
};

/**
 * typedef widget_mode_t - a typedef'd enum
 * @WIDGET_ON: on
 * @WIDGET_OFF: off
 */
typedef enum {
	WIDGET_ON,
	WIDGET_OFF,
} widget_mode_t;

/**
 * typedef widget_fn - the type of a widget callback
 * @w: the widget
 * @arg: anything
 *
 * Return: zero to go on.
 */
typedef int (*widget_fn)(struct widget *w, void *arg);

/**
 * typedef widget_cb - a callback type written without the pointer
 * @w: the widget
 */
typedef void widget_cb(struct widget *w);

/**
 * typedef widget_id_t - the number of a widget
 */
typedef unsigned long widget_id_t;

/**
 * typedef widget_table_t - an array type
 */
typedef int widget_table_t[16];
