/**
 * Gives an emulated class its own copy of every method it inherits from its abstract bases,
 * so the instrumentation counts each call under the concrete class's name.
 */
import { Emulated } from './instrument';

export function flattenInherited(cls: abstract new (...args: never[]) => Emulated): void {
  const proto = cls.prototype as object;
  for (let p = Object.getPrototypeOf(proto) as object | null; p !== null && p !== Emulated.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name === 'constructor' || Object.prototype.hasOwnProperty.call(proto, name)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(p, name);
      if (descriptor !== undefined && typeof descriptor.value === 'function') Object.defineProperty(proto, name, descriptor);
    }
  }
}
