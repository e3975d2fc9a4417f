/** Units bought in whole packages: ceil(units / size) * price. */
export function packagePrice(units: number, size: number, price: number): number {
  return Math.ceil(units / size) * price;
}
