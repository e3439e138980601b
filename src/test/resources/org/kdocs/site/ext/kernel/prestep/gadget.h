/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * A small uapi header for the parse-headers tests: every kind of symbol,
 * comments of each shape, tabs and characters that reST would read as markup.
 */
#ifndef _UAPI_LINUX_GADGET_H
#define _UAPI_LINUX_GADGET_H

#include <linux/ioctl.h>
#include <linux/types.h>

#define GADGET_MAX_NAME	32	/* bytes, with the NUL */
#define GADGET_FLAG_ON		(1 << 0)
#define GADGET_FLAG_OLD	(1 << 1) /* DEPRECATED */
#define GADGET_UNUSED
#define GADGET_MACRO(x) ((x) * 2)

enum gadget_mode {
	GADGET_MODE_OFF = 0,
	GADGET_MODE_SLOW,	/* 50% */
	GADGET_MODE_FAST = 2, GADGET_MODE_HIDDEN
};

enum gadget_colour
{
	GADGET_RED,
	GADGET_GREEN };

typedef __u32 gadget_id_t;
typedef struct gadget_pair {
	__u16 a;
	__u16 b;
} gadget_pair_t;

/* a comment */ struct gadget_info { /* inline */
	char name[GADGET_MAX_NAME];
	enum gadget_mode mode;
	gadget_id_t id;	/* see gadget_id_t */
	__u32 flags; /* GADGET_FLAG_ON|GADGET_FLAG_OLD */
	struct gadget_pair_t *pair;
	__u32 reserved[4]; /* must be zero: set by *app* & `kernel` ~ ^ $ # {} */
};

struct gadget_secret
{
	int x;
};



#define GADGET_IOC_GET		_IOR('G', 1, struct gadget_info)
#define GADGET_IOC_SET		_IOW('G', 2, struct gadget_info)
#define GADGET_IOC_RESET	_IO('G', 3)
#define	GADGET_IOC_OLD	_IO('G', 4)	/* DEPRECATED */

#endif /* _UAPI_LINUX_GADGET_H */

