// @ilr/access: (being written)
export {};
