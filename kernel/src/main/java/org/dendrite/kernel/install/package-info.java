/** Installing the kernelspec into a Jupyter data folder. */
package org.dendrite.kernel.install;
