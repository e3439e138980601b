# numfig for the numbering tests (Sphinx leaves figures unnumbered by default)
numfig = True
