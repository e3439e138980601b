# Two pages declare the same C names; Sphinx reads them in one chunk of a parallel read.
project = 'C duplicates'
