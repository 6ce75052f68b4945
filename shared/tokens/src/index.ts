// @ilr/tokens: (being written)
export {};
