// SPDX-License-Identifier: GPL-2.0

/**
 * widget_get - take a reference
 * @w: the widget
 */
void widget_get(struct widget *w)
{
}
EXPORT_SYMBOL(widget_get);

/**
 * widget_put - drop a reference
 * @w: the widget
 */
void widget_put(struct widget *w)
{
}
EXPORT_SYMBOL_GPL(widget_put);

/**
 * widget_find - look a widget up
 * @id: its number
 */
struct widget *widget_find(int id)
{
	return NULL;
}
EXPORT_SYMBOL_NS_GPL(widget_find, WIDGET);

/**
 * widget_local - not exported
 * @w: the widget
 * @undescribed: nothing said here
 */
static void widget_local(struct widget *w, int undescribed, int missing)
{
}

/**
 * struct widget_private - a struct only this file sees
 * @n: a number
 */
struct widget_private {
	int n;
};
