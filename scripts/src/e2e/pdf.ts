import { extractImages, extractText, getDocumentProxy } from 'unpdf'

/*
 * Reads an exported PDF back as a user's PDF viewer would: its pages, their text and
 * the images they embed (unpdf wraps pdf.js for Node).
 */

// pdf.js 5 uses ArrayBuffer.prototype.transferToFixedLength (Node 21+) when it decodes images; Node 20 lacks it.
if (!('transferToFixedLength' in ArrayBuffer.prototype)) {
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    value(this: ArrayBuffer, length = this.byteLength) {
      const copy = new Uint8Array(length)
      copy.set(new Uint8Array(this, 0, Math.min(length, this.byteLength)))
      return copy.buffer
    },
  })
}

export { extractImages, extractText, getDocumentProxy }
