# a project whose sources are .txt files, with another root document
project = 'Text sources'
extensions = ['sphinx.ext.ifconfig']
source_suffix = ['.txt']
master_doc = 'contents'
exclude_patterns = ['drafts/*']
release = '6.12'
