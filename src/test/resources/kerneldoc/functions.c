// SPDX-License-Identifier: GPL-2.0
/*
 * Functions and macros for the kernel-doc tests of kdocs.  Written for the
 * tests; nothing here is kernel code.
 */

/**
 * widget_count() - count the widgets on a bus
 * @bus: the bus to walk
 * @flags: %WIDGET_ANY or %WIDGET_ACTIVE
 *
 * Walks @bus and counts what widget_probe() accepted.  See &struct widget
 * and &widget_bus->lock for the locking, and ``WIDGET_MAX`` for the limit.
 *
 * Context: Process context.  Takes &bus->lock.
 *
 * Return: the number of widgets, or a negative errno.
 */
int widget_count(struct widget_bus *bus, unsigned int flags)
{
	return 0;
}

/**
 * widget_name - the name of a widget
 * @w:	the widget
 *
 * Returns: a string that lives as long as @w does.
 */
static inline const char *widget_name(const struct widget *w)
{
	return w->name;
}

/**
 * widget_walk - call a function for each widget
 * @bus: the bus
 * @fn: called with each widget and @data; a non-zero return stops the walk
 * @data: passed to @fn
 *
 * Example::
 *
 *	widget_walk(bus, print_one, NULL);
 *	  indented more
 *
 * After the literal block, &struct widget_bus is markup again.
 *
 * .. code-block:: c
 *
 *	int x = &not_a_reference;
 *
 * Note: @fn() may sleep, as may &widget_bus.walk().
 */
void widget_walk(struct widget_bus *bus, int (*fn)(struct widget *w, void *data),
		 void *data)
{
}

/**
 * widget_log - print a message about a widget
 * @w: the widget
 * @fmt: printf-style format
 * @...: arguments for @fmt
 */
__printf(2, 3) void widget_log(struct widget *w, const char *fmt, ...);

/**
 * widget_debug - print when debugging
 * @w: the widget
 * @args: what to print
 */
#define widget_debug(w, args...) \
	do { if (debug) widget_log(w, args); } while (0)

/**
 * define WIDGET_MAX - how many widgets a bus holds
 */
#define WIDGET_MAX 64

/**
 * widget_reset() - reset all widgets
 *
 * Takes no arguments.
 */
void widget_reset(void);

/**
 * widget_fill - fill a table
 * @table: the table
 * @n: number of rows
 * @undocumented_extra: this parameter does not exist
 */
extern __must_check int widget_fill(u8 table[16][4], int n, char names[WIDGET_MAX]);

/**
 * widget_wrong - the comment names one function, the code another
 * @x: a number
 */
int widget_right(int x);

/**
 * sys_widget - the widget system call
 * @id: which widget
 * @flags: how
 */
SYSCALL_DEFINE2(widget, int, id, unsigned long, flags)
{
	return 0;
}

/**
 * widget_table - a function that returns a pointer to a function pointer array
 * @(*handlers[4])(int): not a parameter name kernel-doc understands
 * @count: entries
 */
int widget_table(void (*handlers[4])(int), int count);

/**
 * widget_event - a trace event
 * @w: the widget that changed
 */
TRACE_EVENT(widget_event,
	TP_PROTO(struct widget *w),
	TP_ARGS(w),
	TP_STRUCT__entry(__field(int, id)),
	TP_fast_assign(__entry->id = w->id;),
	TP_printk("id=%d", __entry->id)
);
