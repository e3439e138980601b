/* SPDX-License-Identifier: GPL-2.0 */
/* Structs and unions for the kernel-doc tests of kdocs. */

/**
 * struct widget - one widget
 * @name: its name
 * @id: its number
 * @flags: state bits, see &enum widget_state
 * @ops: what it can do
 * @ops.probe: checks the hardware
 * @ops.remove: lets it go
 * @u: the variant part
 * @u.pin: for GPIO widgets
 * @u.bar: for PCI widgets
 * @x: in the anonymous union
 * @y: also there
 * @map: which slots are used
 * @release: frees the widget
 * @lock: protects @flags
 *
 * A widget is what the &widget_bus holds.
 */
struct widget {
	const char *name;
	int id, *idp;
	unsigned int flags : 4;
	unsigned int : 4;
	struct widget_ops {
		int (*probe)(struct widget *w);
		void (*remove)(struct widget *w);
	} ops;
	union {
		int pin;
		void __iomem *bar;
	} u;
	union {
		long x;
		long y;
	};
	DECLARE_BITMAP(map, 64);
	void (*release)(struct widget *w);
	/* private: */
	int internal;
	/* public: */
	spinlock_t lock;
	char tail[];
} __packed;

/**
 * struct widget_bus - a bus of widgets
 * @count: how many
 * @lock: protects the list
 * @missing: this member is not in the struct
 */
struct widget_bus {
	int count;
	spinlock_t lock;
	struct list_head list;
	/**
	 * @walk: inline member documentation,
	 * on two lines.
	 */
	int (*walk)(struct widget_bus *bus);
	/** @depth: a one-line inline description */
	int depth;
};

/**
 * union widget_value - a value of any widget type
 * @i: as an integer
 * @p: as a pointer
 */
union widget_value {
	int i;
	void *p;
};

/**
 * struct widget_group - members grouped with struct_group()
 * @hdr: the header fields
 * @a: first
 * @b: second
 * @rest: the others
 */
struct widget_group {
	struct_group(hdr,
		int a;
		int b;
	);
	int rest;
};

/**
 * struct widget_cfg - a typedef'd struct
 * @value: a value
 */
typedef struct {
	int value;
} widget_cfg;

/**
 * struct widget_broken - the comment is right, the code is not C
 */
struct widget_broken;
