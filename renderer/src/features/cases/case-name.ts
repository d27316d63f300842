// A case name's longest length, as the contract's cases.create and cases.rename allow. Its own module:
// RenameForm (on the first screen) takes it from here rather than from the interview's questions, whose
// profile choices bring zod into the startup bundle.
export const NAME_MAX = 120;
