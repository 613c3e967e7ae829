"""What the Trunk post-build steps share: the staging directory Trunk builds into, and the
check that the build has the shape a step expects (the build stops otherwise, so a Trunk
upgrade that changes its output cannot slip through)."""
import os
import re
import sys


def directory(step):
    """The staging directory, or stop: the steps only run through trunk."""
    found = os.environ.get("TRUNK_STAGING_DIR")
    if not found:
        sys.exit(f"{step}: TRUNK_STAGING_DIR is not set (run through trunk)")
    return found


def one(step, pattern, text, what):
    """The one match of `pattern` in `text`, or stop saying what was expected."""
    found = re.findall(pattern, text)
    if len(found) != 1:
        sys.exit(f"{step}: expected one {what}, found {len(found)}")
    return found[0]
