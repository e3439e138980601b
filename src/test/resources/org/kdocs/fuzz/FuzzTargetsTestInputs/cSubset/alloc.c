struct node { int v; struct node *next; };
int main(void)
{
        struct node *n = kmalloc(sizeof(*n), GFP_KERNEL);
        if (!n)
                return -ENOMEM;
        n->v = 3; n->next = NULL;
        pr_info("v=%d\\n", n->v);
        kfree(n);
        return 0;
}
