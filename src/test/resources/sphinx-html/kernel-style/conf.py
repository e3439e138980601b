# The settings of the Linux kernel's Documentation/conf.py that change what a
# page shows, written as literals (the kernel's extensions are not loaded).
project = 'Widget Driver Docs'
master_doc = 'index'
source_suffix = '.rst'
language = 'en'
exclude_patterns = ['output']
smartquotes_action = 'q'
primary_domain = 'c'
highlight_language = 'none'
c_id_attributes = [
    "__iomem",
    "__user",
    "__rcu",
    "__init",
    "__must_check",
]
