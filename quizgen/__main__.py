import sys

from .head_start import main

sys.exit(main())
