/** Positions along the time axis map to x when horizontal and to y when vertical. */
export const pointOnAxis = (horizontal: boolean) => (along: number, across: number) =>
  horizontal ? { x: along, y: across } : { x: across, y: along };
