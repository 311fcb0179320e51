------------------------------ MODULE Imports -------------------------------
EXTENDS Naturals, (*@extCursor*)F
=============================================================================
\* want completion extCursor includes FiniteSets Sequences TLC Features Typing
