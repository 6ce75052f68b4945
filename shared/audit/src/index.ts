// @ilr/audit: (being written)
export {};
