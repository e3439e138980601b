# numfig on, with formats of the older "%s" style
project = 'Numbered'
numfig = True
numfig_format = {'figure': 'Figure %s', 'table': 'Tab. %s'}
